package org.kotmai.web.page;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

import org.kotmai.review.template.Choice;
import org.kotmai.review.template.LocalizedText;
import org.kotmai.review.template.Question;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Text of templates and answers in the reader's language; pages use it as {@code ${@localized.pick(text)}}.
 * Thai is the official text, so it stands in for a missing English one.
 */
@Component("localized")
public class Localized {

    private static final ZoneId THAILAND = ZoneId.of("Asia/Bangkok");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MessageSource messages;

    Localized(MessageSource messages) {
        this.messages = messages;
    }

    public String pick(LocalizedText text) {
        if (text == null) {
            return "";
        }
        boolean english = "en".equals(locale().getLanguage());
        return english && text.en() != null && !text.en().isBlank() ? text.en() : text.th();
    }

    /** A point in time as read in Thailand, where the reviews are made. */
    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(THAILAND));
    }

    /** An answer as the reader should see it: yes/no and choices in words, lists joined. Tables are not text. */
    public String answer(Question question, Object value) {
        if (value == null) {
            return messages.getMessage("answer.none", null, locale());
        }
        if (value instanceof Boolean yes) {
            return messages.getMessage(yes ? "answer.yes" : "answer.no", null, locale());
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(v -> answer(question, v)).collect(Collectors.joining(", "));
        }
        String text = String.valueOf(value);
        if (question != null) {
            for (Choice choice : question.options()) {
                if (choice.value().equals(text)) {
                    return pick(choice.label());
                }
            }
        }
        return text;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
