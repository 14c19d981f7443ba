package org.liaison.shared.web;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The response headers that restrict what a browser does with Liaison's answers, for both security chains, on top
 * of Spring Security's defaults (no sniffing, no framing, no caching of signed-in pages, and HSTS on HTTPS requests,
 * also when a trusted reverse proxy says the client used HTTPS: {@link ForwardingConfiguration}).
 * <ul>
 * <li>Content-Security-Policy: scripts, styles, fonts and images from Liaison's own origin only (DSFR is served by
 * Liaison), no inline script or style, no plug-in, no framing, forms sent only to Liaison. The templates have no
 * inline script, {@code on…} handler or {@code style} attribute; DSFR's scripts set styles through the DOM, which
 * the policy allows. Its icons and Swagger UI's use {@code data:} images. Swagger UI's pages also allow inline
 * styles, which it injects.</li>
 * <li>Referrer-Policy {@code same-origin}: no address of Liaison (some carry a certificate's number and code) leaves
 * for another site.</li>
 * <li>Permissions-Policy: no camera, microphone, location, sensors, payment or USB for any page.</li>
 * </ul>
 */
public final class SecureHeaders {

    static final String PAGES_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /**
     * Swagger UI adds a {@code <style>} element of its own when it starts: inline styles are allowed on its pages
     * alone (scripts are still its own files only).
     */
    static final String SWAGGER_UI_POLICY = PAGES_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    /** Swagger UI's pages (springdoc's defaults, as {@link SharedAccess} declares them). */
    private static final RequestMatcher SWAGGER_UI = new OrRequestMatcher(
            PathPatternRequestMatcher.pathPattern("/swagger-ui.html"), PathPatternRequestMatcher.pathPattern("/swagger-ui/**"));

    /** The API answers JSON and PDF, never a page to run. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    static final String PERMISSIONS_POLICY = String.join(", ",
            "accelerometer=()", "camera=()", "geolocation=()", "gyroscope=()", "magnetometer=()", "microphone=()",
            "payment=()", "usb=()");

    private SecureHeaders() {
    }

    /** For the pages' chain (pages, static files, Swagger UI, the actuator). */
    public static Customizer<HeadersConfigurer<HttpSecurity>> pages() {
        return headers -> common(headers)
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(SWAGGER_UI),
                        new ContentSecurityPolicyHeaderWriter(PAGES_POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(SWAGGER_UI,
                        new ContentSecurityPolicyHeaderWriter(SWAGGER_UI_POLICY)));
    }

    /** For the API's chain. */
    public static Customizer<HeadersConfigurer<HttpSecurity>> api() {
        return headers -> common(headers).contentSecurityPolicy(csp -> csp.policyDirectives(API_POLICY));
    }

    private static HeadersConfigurer<HttpSecurity> common(HeadersConfigurer<HttpSecurity> headers) {
        return headers
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY));
    }
}
