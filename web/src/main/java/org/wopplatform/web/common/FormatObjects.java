package org.wopplatform.web.common;

import java.util.Map;
import java.util.Set;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import org.springframework.stereotype.Component;

/**
 * {@code #periods} and {@code #money} in templates: the {@link PeriodFormat} and
 * {@link MoneyFormat} beans as expression objects. Spring's expression compiler compiles
 * calls on them, where it cannot compile a bean reference ({@code @periods}): each such
 * expression was interpreted on every page.
 */
@Component
class FormatObjects extends AbstractDialect implements IExpressionObjectDialect {

	private final Map<String, Object> objects;

	FormatObjects(PeriodFormat periods, MoneyFormat money) {
		super("wop-formats");
		this.objects = Map.of("periods", periods, "money", money);
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return objects.keySet();
			}

			@Override
			public Object buildObject(IExpressionContext context, String name) {
				return objects.get(name);
			}

			@Override
			public boolean isCacheable(String name) {
				return true;
			}

		};
	}

}
