package org.kotmai.review.report;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How review reports are printed.
 *
 * @param font          the Thai font the DOCX and HTML reports ask for; TH Sarabun New is the font Thai government
 *                      documents are required to use
 * @param fallbackFonts fonts to use, in order, where the first is not installed; each should cover Thai
 */
@ConfigurationProperties("kotmai.review.report")
public record ReportProperties(@DefaultValue("TH Sarabun New") String font,
                               @DefaultValue({"Noto Sans Thai", "Tahoma"}) List<String> fallbackFonts) {

    public ReportProperties {
        fallbackFonts = fallbackFonts == null ? List.of() : List.copyOf(fallbackFonts);
    }
}
