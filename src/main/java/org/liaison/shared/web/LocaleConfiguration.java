package org.liaison.shared.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleContextResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * French by default, English on request: {@code ?lang=en} switches and a cookie remembers the choice. API clients
 * (paths under {@code /api/}) that send neither may ask with Accept-Language; the pages ignore that header, so that
 * the public site opens in French whatever the browser's settings, as a State site does.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        return new LanguageCookie(cookieResolver(false), cookieResolver(true));
    }

    private static CookieLocaleResolver cookieResolver(boolean secure) {
        CookieLocaleResolver resolver = new CookieLocaleResolver("liaison-lang");
        resolver.setDefaultLocale(Locale.FRENCH);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        resolver.setCookieSecure(secure);
        resolver.setDefaultLocaleFunction(LocaleConfiguration::defaultLocale);
        return resolver;
    }

    /**
     * The language cookie, {@code Secure} when the request came over HTTPS (also through a trusted reverse proxy), as
     * Tomcat does for the session cookie: a {@code Secure} cookie over plain HTTP would be dropped by the browser.
     */
    private record LanguageCookie(CookieLocaleResolver plain, CookieLocaleResolver secure)
            implements LocaleContextResolver {

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            return plain.resolveLocale(request);
        }

        @Override
        public LocaleContext resolveLocaleContext(HttpServletRequest request) {
            return plain.resolveLocaleContext(request);
        }

        @Override
        public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
            (request.isSecure() ? secure : plain).setLocale(request, response, locale);
        }

        @Override
        public void setLocaleContext(HttpServletRequest request, @Nullable HttpServletResponse response,
                                     @Nullable LocaleContext context) {
            (request.isSecure() ? secure : plain).setLocaleContext(request, response, context);
        }
    }

    static Locale defaultLocale(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank() || !request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return Locale.FRENCH;
        }
        try {
            Locale wanted = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return wanted == null ? Locale.FRENCH : wanted;
        } catch (IllegalArgumentException malformed) {
            return Locale.FRENCH;
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }
}
