package org.wopplatform.web.progress;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs {@link Reminders} on its schedule unless {@code wop.reminders.enabled=false}
 * (tests run it by hand).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "wop.reminders.enabled", havingValue = "true", matchIfMissing = true)
class ReminderScheduling {

}
