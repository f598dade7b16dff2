package org.kotmai.review.template;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The kinds of answer a question accepts; {@link #yamlName()} is the spelling used in template files. */
public enum QuestionType {
    TEXT("text"),
    LONG_TEXT("long_text"),
    YES_NO("yes_no"),
    SINGLE_CHOICE("single_choice"),
    MULTIPLE_CHOICE("multiple_choice"),
    NUMBER("number"),
    /** An amount in Thai baht. */
    MONEY("money"),
    DATE("date"),
    /** A law or provision picked from the catalog, stored as its catalog identifier. */
    LAW_REFERENCE("law_reference"),
    /** Rows of sub-questions, e.g. options, affected groups or cost activities. */
    TABLE("table"),
    /** An uploaded supporting document, stored as its attachment identifier. */
    EVIDENCE("evidence");

    private final String yamlName;

    QuestionType(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    public boolean isNumeric() {
        return this == NUMBER || this == MONEY;
    }

    public boolean isTextual() {
        return this == TEXT || this == LONG_TEXT;
    }

    public boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

    public static Optional<QuestionType> fromYaml(String name) {
        return Arrays.stream(values()).filter(t -> t.yamlName.equals(name)).findFirst();
    }

    public static String yamlNames() {
        return Arrays.stream(values()).map(QuestionType::yamlName).collect(Collectors.joining(", "));
    }
}
