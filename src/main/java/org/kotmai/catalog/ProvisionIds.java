package org.kotmai.catalog;

/** Provision document ids: {@code <lawId>/<canonical number>}, e.g. {@code code-รัษฎากร/77/1}. */
public final class ProvisionIds {

    private ProvisionIds() {
    }

    public static String of(String lawId, String number) {
        return lawId + "/" + number;
    }
}
