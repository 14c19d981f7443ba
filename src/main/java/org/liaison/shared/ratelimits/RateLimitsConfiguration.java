package org.liaison.shared.ratelimits;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one {@link org.liaison.shared.RateLimits} of the application, over its database, and its housekeeping. */
@Configuration(proxyBeanMethods = false)
class RateLimitsConfiguration {

    @Bean
    Bucket4jRateLimits rateLimits(DataSource dataSource) {
        return new Bucket4jRateLimits(dataSource);
    }
}
