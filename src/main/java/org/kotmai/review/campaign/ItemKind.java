package org.kotmai.review.campaign;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What an inventory item imposes on the people it regulates. A CSV names the kind in English or by its Thai
 * name; a law taken whole from the catalog is {@link #LAW}.
 */
public enum ItemKind {
    LICENCE("ใบอนุญาต"),
    PERMIT("การอนุญาต"),
    REGISTRATION("การจดทะเบียน"),
    NOTIFICATION("การแจ้ง"),
    CERTIFICATE("หนังสือรับรอง"),
    REPORT("การรายงาน"),
    LAW("กฎหมาย"),
    OTHER("อื่น ๆ");

    private final String thaiName;

    ItemKind(String thaiName) {
        this.thaiName = thaiName;
    }

    public String thaiName() {
        return thaiName;
    }

    /** Accepts the English name in any case ({@code licence}, {@code LICENSE}) or the Thai name. */
    static Optional<ItemKind> parse(String text) {
        String name = text.strip().toUpperCase(Locale.ROOT).replace("LICENSE", "LICENCE");
        String thai = text.strip().replace(" ", "");
        return Arrays.stream(values())
                .filter(kind -> kind.name().equals(name) || kind.thaiName.replace(" ", "").equals(thai))
                .findFirst();
    }

    static String accepted() {
        return Arrays.stream(values()).map(kind -> kind.name().toLowerCase(Locale.ROOT) + " (" + kind.thaiName + ")")
                .toList().toString();
    }
}
