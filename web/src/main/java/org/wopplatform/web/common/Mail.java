package org.wopplatform.web.common;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * E-mails to people in their own language, when a mail server is configured
 * ({@code spring.mail.host}). A failing server is logged, never thrown: what was to be
 * said stays in the application.
 */
@Component
public class Mail {

	private static final Logger log = LoggerFactory.getLogger(Mail.class);

	private final ObjectProvider<JavaMailSender> sender;

	private final MessageSource messages;

	private final String from;

	private final String baseUrl;

	Mail(ObjectProvider<JavaMailSender> sender, MessageSource messages,
			@Value("${wop.mail.from:no-reply@wop-platform.local}") String from,
			@Value("${wop.base-url:http://localhost:8080}") String baseUrl) {
		this.sender = sender;
		this.messages = messages;
		this.from = from;
		this.baseUrl = baseUrl;
	}

	public boolean isConfigured() {
		return sender.getIfAvailable() != null;
	}

	/** The address of a page of the platform, for links inside e-mails. */
	public String link(String path) {
		return baseUrl + path;
	}

	/**
	 * Sends the message whose subject and body are {@code key + ".subject"} and
	 * {@code key + ".body"}.
	 * @return whether it was sent
	 */
	public boolean send(String to, Locale locale, String key, Object... args) {
		JavaMailSender mail = sender.getIfAvailable();
		if (mail == null) {
			return false;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(to);
		message.setSubject(messages.getMessage(key + ".subject", args, locale));
		message.setText(messages.getMessage(key + ".body", args, locale));
		try {
			mail.send(message);
			return true;
		}
		catch (MailException ex) {
			log.warn("E-mail to {} not sent ({}); it stays in the application", to, ex.getMessage());
			return false;
		}
	}

}
