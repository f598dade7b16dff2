package org.kotmai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

class ResponseTokensTest {

    private static JsonParser parser(String json) {
        JsonParser p = new JsonFactory().createParser(ObjectReadContext.empty(), json.replace('\'', '"'));
        p.nextToken();
        return p;
    }

    @Test
    void walksThePropertiesOfAnObjectStandingOnEachValue() {
        List<String> seen = new ArrayList<>();
        try (JsonParser p = parser("{'a': 1, 'b': {'c': [2]}, 'd': [3, 4], 'e': null}")) {
            while (ResponseTokens.nextProperty(p)) {
                seen.add(p.currentName() + "=" + p.currentToken());
                p.skipChildren();
            }
            assertThat(p.currentToken()).isEqualTo(JsonToken.END_OBJECT);
        }
        assertThat(seen).containsExactly("a=VALUE_NUMBER_INT", "b=START_OBJECT", "d=START_ARRAY", "e=VALUE_NULL");
    }

    @Test
    void readsEachObjectOfAnArrayAndSkipsAnythingElse() {
        List<String> read = new ArrayList<>();
        try (JsonParser p = parser("{'docs': [{'id': 'x'}, {'id': 'y'}], 'other': {'docs': [{'id': 'z'}]}, 'n': 5}")) {
            while (ResponseTokens.nextProperty(p)) {
                ResponseTokens.eachObject(p, () -> {
                    while (ResponseTokens.nextProperty(p)) {
                        read.add(p.getString());
                    }
                });
            }
            assertThat(p.nextToken()).isNull();
        }
        assertThat(read).containsExactly("x", "y");
    }
}
