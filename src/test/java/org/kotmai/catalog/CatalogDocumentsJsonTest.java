package org.kotmai.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** Documents written before a law's organisations were stored (older exports, older indices) still filter. */
class CatalogDocumentsJsonTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aLawWithoutItsOrganisationsTakesThemFromWhoIsInCharge() {
        LawDocument law = json.readValue("""
                {"id": "act-2568-x", "agency": "นายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงการคลัง", "provisionCount": 1,
                 "repealedProvisionCount": 0}""", LawDocument.class);

        assertThat(law.agencies()).containsExactly("สำนักนายกรัฐมนตรี", "กระทรวงการคลัง");
    }

    @Test
    void aProvisionWithoutItsLawsOrganisationsTakesThemFromWhoIsInCharge() {
        ProvisionDocument provision = json.readValue("""
                {"id": "act-2568-x/1", "agency": "รัฐมนตรีว่าการกระทรวงมหาดไทย", "ordinal": 0, "repealed": false}""",
                ProvisionDocument.class);

        assertThat(provision.agencies()).containsExactly("กระทรวงมหาดไทย");
    }

    @Test
    void storedOrganisationsAreKeptAsWritten() {
        LawDocument law = json.readValue("""
                {"id": "act-2568-x", "agency": "รัฐมนตรีว่าการกระทรวงมหาดไทย", "agencies": ["กรมการปกครอง"],
                 "provisionCount": 1, "repealedProvisionCount": 0}""",
                LawDocument.class);

        assertThat(law.agencies()).containsExactly("กรมการปกครอง");
    }
}
