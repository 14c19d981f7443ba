package org.liaison.shared.db;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Gives every connection pool the application builds the settings of {@code spring.datasource.hikari.*}: Boot binds
 * them to the pool it configures for an external database, but not to the one {@link EmbeddedDatabaseConfiguration}
 * builds itself. Both must fail fast when the database is gone (a short {@code connection-timeout} and
 * {@code validation-timeout}, see docs/operations.md), or a request and the health check wait Hikari's default 30 s.
 */
@Configuration(proxyBeanMethods = false)
class PoolSettings {

    static final String PREFIX = "spring.datasource.hikari";

    /** Static: a post-processor is created before the other beans, without this configuration's instance. */
    @Bean
    static BeanPostProcessor hikariPoolSettings(Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource pool) {
                    apply(Binder.get(environment), pool);
                }
                return bean;
            }
        };
    }

    /**
     * Binds the properties the environment sets and leaves the others as the pool's builder set them. A pool built
     * with {@code new HikariDataSource(config)} is already running and refuses most changes; its timeouts can still
     * be changed, and they are what matters here.
     */
    static void apply(Binder binder, HikariDataSource pool) {
        if (!pool.isRunning()) {
            binder.bind(PREFIX, Bindable.ofInstance(pool));
            return;
        }
        binder.bind(PREFIX + ".connection-timeout", Long.class).ifBound(pool::setConnectionTimeout);
        binder.bind(PREFIX + ".validation-timeout", Long.class).ifBound(pool::setValidationTimeout);
    }
}
