package org.wopplatform.web.common;

import java.util.Map;

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
		return PageObjects.factory(objects.keySet(), (context, name) -> objects.get(name));
	}

}
