package org.wopplatform.web.common;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to another page of the current list that keep every filter of the address. Used
 * from templates as {@code @links.page(n)}.
 */
@Component("links")
public class PageLinks {

	/** The current address with {@code page} set to a page number counted from 1. */
	public String page(int number) {
		return withParameter("page", Integer.toString(number));
	}

	public String withParameter(String name, String value) {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		return UriComponentsBuilder.fromPath(request.getRequestURI())
			.query(request.getQueryString())
			.replaceQueryParam(name, value)
			.build(true)
			.toUriString();
	}

}
