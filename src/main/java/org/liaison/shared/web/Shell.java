package org.liaison.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * What the page layout needs to know about the current request: the page's path (to mark the current navigation
 * entry) and the link that shows the same page in the other language. Exposed to every view as {@code shell}.
 *
 * @param path               the path of the page, without the context path (for an error page: the failed path)
 * @param language           the language of the page, {@code fr} or {@code en}
 * @param otherLanguage      the language the switch offers
 * @param switchLanguageHref the same page, with the same query, in the other language
 */
public record Shell(String path, String language, String otherLanguage, String switchLanguageHref) {

    /** Builds the shell from the request, keeping every query parameter but {@code lang}. */
    public static Shell of(HttpServletRequest request, Locale locale) {
        String language = "en".equals(locale.getLanguage()) ? "en" : "fr";
        String other = "en".equals(language) ? "fr" : "en";
        String uri = errorAttribute(request, RequestDispatcher.ERROR_REQUEST_URI);
        String query = uri != null ? errorAttribute(request, "jakarta.servlet.error.query_string") : request.getQueryString();
        if (uri == null) {
            uri = request.getRequestURI();
        }
        // a path starting with // would make the switch link point at another host
        uri = "/" + uri.replaceFirst("^/+", "");
        String contextPath = request.getContextPath();
        String path = !contextPath.isEmpty() && uri.startsWith(contextPath) ? uri.substring(contextPath.length()) : uri;
        return new Shell(path.isEmpty() ? "/" : path, language, other, uri + "?" + queryWith(query, other));
    }

    /**
     * The value of {@code aria-current} for a navigation entry: {@code page} on the entry's own page, {@code true}
     * on a page below it, no attribute elsewhere.
     */
    public @Nullable String current(String entry) {
        if (path.equals(entry)) {
            return "page";
        }
        return !"/".equals(entry) && path.startsWith(entry + "/") ? "true" : null;
    }

    private static String queryWith(@Nullable String query, String language) {
        Stream<String> kept = query == null || query.isEmpty() ? Stream.empty()
                : Arrays.stream(query.split("&")).filter(p -> !p.isEmpty() && !"lang".equals(name(p)));
        return Stream.concat(kept, Stream.of("lang=" + language)).collect(Collectors.joining("&"));
    }

    private static String name(String parameter) {
        int equals = parameter.indexOf('=');
        String raw = equals < 0 ? parameter : parameter.substring(0, equals);
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return raw;
        }
    }

    private static @Nullable String errorAttribute(HttpServletRequest request, String name) {
        return request.getAttribute(name) instanceof String value ? value : null;
    }
}
