package org.liaison.shared.web;

import java.util.List;
import org.apache.catalina.valves.RemoteIpValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.ForwardedHeaderFilter;

/**
 * Behind a reverse proxy: the client's address, the scheme (HTTPS), the host and the port come from the
 * {@code X-Forwarded-For/-Proto/-Host/-Port} or {@code Forwarded} headers, and only when the connection comes from a
 * proxy listed in {@code liaison.proxy.trusted}; anybody else could write them.
 * <p>
 * Tomcat's {@code RemoteIpValve} does the work (with {@link ForwardedHeaderValve} in front for {@code Forwarded}),
 * rather than Spring's {@code ForwardedHeaderFilter}: it runs before any filter, so the audit trail, the rate limits,
 * Spring Security's HSTS and {@code request.isSecure()} all see the client's request; it also marks Tomcat's own
 * request secure, so that the session cookie is {@code Secure} (a filter's wrapper cannot); and it reads
 * {@code X-Forwarded-For} from the right, skipping trusted proxies, so that an address the client wrote at the left
 * of the list is not believed. Then the forwarding headers are removed from every request (Spring's filter in its
 * remove-only mode), trusted or not, so that nothing in the application reads a client's claim by mistake.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ForwardingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ForwardingConfiguration.class);

    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> trustedProxiesValves(
            @Value("${liaison.proxy.trusted:}") List<String> ranges) {
        TrustedProxies trusted = new TrustedProxies(ranges);
        return factory -> {
            if (trusted.none()) {
                log.info("No trusted reverse proxy (liaison.proxy.trusted): forwarding headers are ignored");
                return;
            }
            log.info("Forwarding headers believed from the reverse proxies {}", trusted);
            RemoteIpValve remoteIp = new RemoteIpValve();
            remoteIp.setInternalProxies(trusted.asCidrList());
            remoteIp.setTrustedProxies(null);
            remoteIp.setRemoteIpHeader("X-Forwarded-For");
            remoteIp.setProtocolHeader("X-Forwarded-Proto");
            remoteIp.setProtocolHeaderHttpsValue("https");
            remoteIp.setHostHeader("X-Forwarded-Host");
            remoteIp.setPortHeader("X-Forwarded-Port");
            factory.addEngineValves(new ForwardedHeaderValve(trusted), remoteIp);
        };
    }

    @Bean
    FilterRegistrationBean<ForwardedHeaderFilter> forwardingHeadersRemoval() {
        ForwardedHeaderFilter filter = new ForwardedHeaderFilter();
        filter.setRemoveOnly(true);
        FilterRegistrationBean<ForwardedHeaderFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setName("forwardingHeadersRemoval");
        return registration;
    }
}
