package org.kotmai.review.consultation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an oversized public comment before its body is read: the endpoint is open to anyone, so a body must not
 * be buffered and parsed just to find out it is too large. A body without a declared length is refused too, since
 * its size cannot be checked up front; browsers and HTTP clients declare it for such small requests.
 */
@Component
class CommentSizeFilter extends OncePerRequestFilter {

    /** A 5000-character comment, even with every character JSON-escaped, fits well within this. */
    static final long MAX_BODY_BYTES = 64 * 1024;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !HttpMethod.POST.matches(request.getMethod())
                || !request.getRequestURI().matches(".*/api/reviews/[^/]+/consultation/comments");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length < 0) {
            refuse(response, HttpStatus.LENGTH_REQUIRED, "Send the comment with a Content-Length header.");
        } else if (length > MAX_BODY_BYTES) {
            refuse(response, HttpStatus.CONTENT_TOO_LARGE, "The request is larger than " + MAX_BODY_BYTES
                    + " bytes; a comment is at most 5000 characters.");
        } else {
            chain.doFilter(request, response);
        }
    }

    private static void refuse(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\"}");
    }
}
