package org.wopplatform.web.common;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to another page of the current list that keep every filter of the address. Used
 * from templates as {@code @links.page(n)}, and by the open-data API for its next page.
 */
@Component("links")
public class PageLinks {

	/** The current address with {@code page} set to a page number counted from 1. */
	public String page(int number) {
		return withParameter("page", Integer.toString(number));
	}

	/**
	 * The current address with one parameter set to a value that needs no encoding (a
	 * number, a language code). The rest of the address is kept as it came, encoded or
	 * not: checking it as encoded refused an {@code =} inside a value ({@code ?q=a=b}),
	 * and every page with such an address was a server error.
	 */
	public String withParameter(String name, String value) {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		return UriComponentsBuilder.fromPath(request.getRequestURI())
			.query(request.getQueryString())
			.replaceQueryParam(name, value)
			.build()
			.toUriString();
	}

}
