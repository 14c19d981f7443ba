package org.liaison.shared.events;

import java.lang.reflect.Method;
import org.liaison.shared.Redacted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;

/**
 * A module listener that fails (e.g. a certificate that cannot be rendered) leaves its event publication incomplete,
 * to be resubmitted; its failure is logged here with the listener's name and the exception's classes and frames,
 * never its messages, which may carry a person's data.
 */
@Configuration(proxyBeanMethods = false)
class ListenerFailures implements AsyncConfigurer, AsyncUncaughtExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ListenerFailures.class);

    @Override
    public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
        return this;
    }

    @Override
    public void handleUncaughtException(Throwable failure, Method method, Object... arguments) {
        log.error("Listener {}.{} failed; its event stays to be resubmitted (messages withheld)",
                method.getDeclaringClass().getSimpleName(), method.getName(), Redacted.of(failure));
    }
}
