package org.wopplatform.web.perf;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The benchmark's instruments, present only with {@code wop.perf.enabled=true}: the
 * statement counter around the DataSource.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "wop.perf.enabled", havingValue = "true")
class PerfConfiguration {

	@Bean
	static StatementCounter statementCounter() {
		return new StatementCounter();
	}

	@Bean
	static BeanPostProcessor countingDataSource(StatementCounter counter) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return bean instanceof DataSource dataSource ? counter.counting(dataSource) : bean;
			}
		};
	}

}
