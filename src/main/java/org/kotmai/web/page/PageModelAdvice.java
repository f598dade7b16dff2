package org.kotmai.web.page;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.kotmai.security.Actor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What every page's layout needs: who is signed in, the page language, and the link that switches it. */
@ControllerAdvice(basePackages = "org.kotmai.web.page")
class PageModelAdvice {

    @ModelAttribute("actor")
    Actor actor() {
        return Actor.of(SecurityContextHolder.getContext().getAuthentication());
    }

    @ModelAttribute("can")
    PageRights can() {
        return PageRights.of(actor());
    }

    @ModelAttribute("lang")
    String lang() {
        return PageConfiguration.PageLocales.supported(LocaleContextHolder.getLocale()).getLanguage();
    }

    @ModelAttribute("otherLangUrl")
    String otherLangUrl(HttpServletRequest request) {
        Locale other = "en".equals(lang()) ? PageConfiguration.PageLocales.THAI : PageConfiguration.PageLocales.ENGLISH;
        // relative, so the link never carries a host name taken from the request
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                .replaceQueryParam("lang", other.getLanguage()).build().toUriString();
    }
}
