package org.wopplatform.web.common;

import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Thymeleaf's caches sized for this application's templates. Its defaults keep 500 parsed
 * expressions and 200 templates; the templates hold about 2,900 distinct expression
 * attributes (several cache entries each) and 200 fragment uses. Full, the expression
 * cache dropped entries as pages were asked for, so a page often parsed its expressions
 * again and Spring's expression compiler, which compiles an expression after a hundred
 * runs, never reached that count for many of them (each run interpreted). Entries stay
 * softly held: the collector may take them back under memory pressure, as before.
 * {@code TemplateCachesTests} checks that the common pages fit with room to spare.
 */
@Configuration(proxyBeanMethods = false)
class TemplateCaches {

	/** Parsed expressions kept: every template's, several times over. */
	static final int EXPRESSIONS = 20_000;

	/** Templates and fragments kept (each fragment selection is an entry of its own). */
	static final int TEMPLATES = 1_000;

	@Bean
	static BeanPostProcessor templateCacheSizes() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String name) {
				if (bean instanceof SpringTemplateEngine engine) {
					StandardCacheManager caches = new StandardCacheManager();
					caches.setExpressionCacheMaxSize(EXPRESSIONS);
					caches.setExpressionCacheInitialSize(EXPRESSIONS / 4);
					caches.setTemplateCacheMaxSize(TEMPLATES);
					caches.setTemplateCacheInitialSize(TEMPLATES / 4);
					engine.setCacheManager(caches);
				}
				return bean;
			}
		};
	}

}
