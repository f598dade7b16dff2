package org.kotmai.thai;

/**
 * Maps the presentation-form glyphs that legacy Thai fonts keep in the Private Use Area back to the
 * standard Thai characters they draw.
 *
 * <p>Fonts made before OpenType Thai shaping carried shifted and descender-less variants at fixed PUA
 * code points: the Windows set at U+F700–U+F71A and the Apple set at U+F880–U+F89E. PDF producers that
 * embed such fonts write the variant code point into the text layer, so extraction yields PUA characters
 * instead of Thai. The table below follows the fallback shaping table of the HarfBuzz Thai shaper
 * (hb-ot-shaper-thai.cc), which is the reference renderers use to pick these same glyphs; mapping in
 * the opposite direction is therefore exact. Every variant differs from its base only in position, so
 * the repair loses nothing.
 */
final class ThaiPuaGlyphs {

    private static final char WINDOWS_FIRST = '\uF700';
    private static final char APPLE_FIRST = '\uF880';

    /** Index = code point − U+F700; 0 where the code point carries no Thai glyph. */
    private static final char[] WINDOWS = {
        '\u0E10', // F700 THO THAN without descender
        '\u0E34', // F701 SARA I shifted left
        '\u0E35', // F702 SARA II shifted left
        '\u0E36', // F703 SARA UE shifted left
        '\u0E37', // F704 SARA UEE shifted left
        '\u0E48', // F705 MAI EK shifted down-left
        '\u0E49', // F706 MAI THO shifted down-left
        '\u0E4A', // F707 MAI TRI shifted down-left
        '\u0E4B', // F708 MAI CHATTAWA shifted down-left
        '\u0E4C', // F709 THANTHAKHAT shifted down-left
        '\u0E48', // F70A MAI EK shifted down
        '\u0E49', // F70B MAI THO shifted down
        '\u0E4A', // F70C MAI TRI shifted down
        '\u0E4B', // F70D MAI CHATTAWA shifted down
        '\u0E4C', // F70E THANTHAKHAT shifted down
        '\u0E0D', // F70F YO YING without descender
        '\u0E31', // F710 MAI HAN-AKAT shifted left
        '\u0E4D', // F711 NIKHAHIT shifted left
        '\u0E47', // F712 MAITAIKHU shifted left
        '\u0E48', // F713 MAI EK shifted left
        '\u0E49', // F714 MAI THO shifted left
        '\u0E4A', // F715 MAI TRI shifted left
        '\u0E4B', // F716 MAI CHATTAWA shifted left
        '\u0E4C', // F717 THANTHAKHAT shifted left
        '\u0E38', // F718 SARA U shifted down
        '\u0E39', // F719 SARA UU shifted down
        '\u0E3A', // F71A PHINTHU shifted down
    };

    /** Index = code point − U+F880; 0 where the code point carries no Thai glyph. */
    private static final char[] APPLE = {
        0, 0, 0, 0,
        '\u0E31', // F884 MAI HAN-AKAT shifted left
        '\u0E34', // F885 SARA I shifted left
        '\u0E35', // F886 SARA II shifted left
        '\u0E36', // F887 SARA UE shifted left
        '\u0E37', // F888 SARA UEE shifted left
        '\u0E47', // F889 MAITAIKHU shifted left
        '\u0E48', // F88A MAI EK shifted left
        '\u0E48', // F88B MAI EK shifted down
        '\u0E48', // F88C MAI EK shifted down-left
        '\u0E49', // F88D MAI THO shifted left
        '\u0E49', // F88E MAI THO shifted down
        '\u0E49', // F88F MAI THO shifted down-left
        '\u0E4A', // F890 MAI TRI shifted left
        '\u0E4A', // F891 MAI TRI shifted down
        '\u0E4A', // F892 MAI TRI shifted down-left
        '\u0E4B', // F893 MAI CHATTAWA shifted left
        '\u0E4B', // F894 MAI CHATTAWA shifted down
        '\u0E4B', // F895 MAI CHATTAWA shifted down-left
        '\u0E4C', // F896 THANTHAKHAT shifted left
        '\u0E4C', // F897 THANTHAKHAT shifted down
        '\u0E4C', // F898 THANTHAKHAT shifted down-left
        '\u0E4D', // F899 NIKHAHIT shifted left
        '\u0E0D', // F89A YO YING without descender
        '\u0E38', // F89B SARA U shifted down
        '\u0E39', // F89C SARA UU shifted down
        '\u0E3A', // F89D PHINTHU shifted down
        '\u0E10', // F89E THO THAN without descender
    };

    private ThaiPuaGlyphs() {
    }

    /** The standard Thai character drawn by {@code c}, or 0 when {@code c} is no known Thai PUA glyph. */
    static char standardFor(char c) {
        if (c >= WINDOWS_FIRST && c < WINDOWS_FIRST + WINDOWS.length) {
            return WINDOWS[c - WINDOWS_FIRST];
        }
        if (c >= APPLE_FIRST && c < APPLE_FIRST + APPLE.length) {
            return APPLE[c - APPLE_FIRST];
        }
        return 0;
    }

    static boolean isPrivateUse(char c) {
        return c >= '\uE000' && c <= '\uF8FF';
    }
}
