package org.kotmai.web.page;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The pages speak Thai unless the reader asks for English with {@code ?lang=en}; the choice is kept in a cookie.
 * All text of the pages is in {@code messages_th.properties} and {@code messages_en.properties}.
 */
@Configuration(proxyBeanMethods = false)
class PageConfiguration implements WebMvcConfigurer {

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(PageLocales.THAI);
        return messages;
    }

    @Bean
    LocaleResolver localeResolver() {
        return new PageLocaleResolver();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        // ?lang=<anything> from a hostile link must not break the page
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }

    /** The two languages of the pages. */
    static final class PageLocales {
        static final Locale THAI = Locale.forLanguageTag("th");
        static final Locale ENGLISH = Locale.ENGLISH;

        private PageLocales() {
        }

        static Locale supported(Locale requested) {
            return requested != null && ENGLISH.getLanguage().equals(requested.getLanguage()) ? ENGLISH : THAI;
        }
    }
}
