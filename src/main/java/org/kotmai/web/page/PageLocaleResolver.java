package org.kotmai.web.page;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/** Keeps the reader's language in a cookie and only ever answers Thai or English, whatever was asked. */
class PageLocaleResolver extends CookieLocaleResolver {

    PageLocaleResolver() {
        super("kotmai-lang");
        setDefaultLocale(PageConfiguration.PageLocales.THAI);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return PageConfiguration.PageLocales.supported(super.resolveLocale(request));
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        super.setLocale(request, response, PageConfiguration.PageLocales.supported(locale));
    }
}
