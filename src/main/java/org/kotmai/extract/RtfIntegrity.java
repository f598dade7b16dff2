package org.kotmai.extract;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Counts RTF groups left open at the end of the file. Tika's RTF parser silently returns
 * whatever text precedes a cut, so a truncated RTF would otherwise look like a short law.
 */
final class RtfIntegrity {

    int unclosedGroups(Path file) throws IOException {
        int depth = 0;
        boolean escaped = false;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            for (int b = in.read(); b >= 0; b = in.read()) {
                if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '{') {
                    depth++;
                } else if (b == '}') {
                    depth--;
                }
            }
        }
        return Math.max(depth, 0);
    }
}
