package org.wopplatform.web.perf;

import java.io.IOException;

import javax.sql.DataSource;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The benchmark's instruments, present only with {@code wop.perf.enabled=true}: the
 * statement counter around the DataSource, and the ceiling.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "wop.perf.enabled", havingValue = "true")
class PerfConfiguration {

	/**
	 * The ceiling of the application's throughput: a fixed text at {@code /perf/ping},
	 * through every filter a page goes through (security, the page cache's checks) but
	 * nothing else — the cheapest answer the application can give.
	 */
	@Bean
	ServletRegistrationBean<HttpServlet> ping() {
		HttpServlet servlet = new HttpServlet() {
			@Override
			protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
				response.setContentType("text/plain");
				response.getWriter().write("pong");
			}
		};
		return new ServletRegistrationBean<>(servlet, "/perf/ping");
	}

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
