package org.kotmai.web.page;

import org.kotmai.review.template.LocalizedText;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Picks the reader's language from a template's Thai and English text; templates use it as
 * {@code ${@localized.pick(text)}}. Thai is the official text, so it stands in for a missing English one.
 */
@Component("localized")
public class Localized {

    public String pick(LocalizedText text) {
        if (text == null) {
            return "";
        }
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        return english && text.en() != null && !text.en().isBlank() ? text.en() : text.th();
    }
}
