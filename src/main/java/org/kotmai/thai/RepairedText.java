package org.kotmai.thai;

/** Repaired text together with what was repaired in it. */
public record RepairedText(String text, RepairReport report) {
}
