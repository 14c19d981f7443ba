package org.liaison.shared.web;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts {@link UnexpectedErrorResolver} after Spring's own resolvers, so that {@link ProblemHandler} (refusals and
 * client errors, for every module) and Spring's mapping of the rest of its standard exceptions come first.
 */
@Configuration(proxyBeanMethods = false)
class ErrorHandlingConfiguration implements WebMvcConfigurer {

    @Override
    public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
        resolvers.add(new UnexpectedErrorResolver());
    }
}
