package org.wopplatform.web.security;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Sign-in and the rules by URL. Which records a signed-in person sees is decided in the
 * queries (see {@link Viewer}); here only who may reach a kind of page at all. No
 * remember-me; the session id changes at sign-in; CSRF tokens on every POST; a strict CSP
 * (no inline script or style).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration implements WebMvcConfigurer {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
			+ "base-uri 'self'; object-src 'none'";

	/**
	 * Spring Security takes no Micrometer observations: with an observation registry
	 * present it timed each of the chain's filters on every request, with events before
	 * and after each (allocations and work on every page), and no one reads them (the
	 * application exposes health only). Nor are the requests themselves timed
	 * ({@code WebMvcObservationAutoConfiguration} is left out, application.properties).
	 */
	@Bean
	SecurityObservationSettings noSecurityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	SecurityFilterChain webSecurity(HttpSecurity http, SessionRegistry sessionRegistry) throws Exception {
		http.cors(Customizer.withDefaults());
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers(HttpMethod.GET, "/", "/partnerships", "/partnerships/{id}", "/partnerships/{id}/work-plan",
					"/partnerships/{id}/capacity", "/partnerships/{id}/dashboard", "/utilities", "/utilities/{id}",
					"/sdg", "/sdg/{code}", "/countries/{code}", "/platforms", "/platforms/{code}", "/map",
					"/brokering/requests", "/brokering/requests/{id}", "/reports", "/reports/{year}",
					"/reports/{year}/partnerships", "/reports/{year}/tables/{name}.{format}",
					"/reports/{year}/report.json", "/reports/{year}/report.pdf",
					"/reports/{year}/stories/{storyId}/picture", "/login", "/password-reset/{token}", "/css/**",
					"/maps/{name}.svg", "/favicon.ico", "/actuator/health", "/actuator/health/**", "/error",
					"/api/v1/partnerships", "/api/v1/partnerships/{id}", "/api/v1/iati/activities.xml",
					"/api/v1/openapi.json", "/perf/ping", "/perf/statements", "/perf/sample/{what}")
			.permitAll()
			.requestMatchers(HttpMethod.OPTIONS, "/api/v1/**")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/password-reset/{token}", "/error")
			.permitAll()
			.requestMatchers("/admin/**")
			.hasRole("SECRETARIAT")
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login")
				.usernameParameter("email")
				// the page asked for before signing in, otherwise the person's start page
				.defaultSuccessUrl("/work")
				.failureHandler((request, response, failure) -> response
					.sendRedirect(request.getContextPath() + "/login?error=" + LoginController.reason(failure)))
				.permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/?signedOut"))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId())
				.sessionConcurrency(concurrency -> concurrency.maximumSessions(-1)
					.sessionRegistry(sessionRegistry)
					.expiredUrl("/login?expired")))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}

	/**
	 * The open data (the JSON API, its description and the IATI file) may be read by
	 * pages of any site, without credentials; a preflight (OPTIONS) is answered here,
	 * before sign-in is asked for. Nothing else is shared with other sites.
	 */
	@Bean
	CorsConfigurationSource corsConfigurationSource() {
		CorsConfiguration openData = new CorsConfiguration();
		openData.addAllowedOrigin("*");
		openData.setAllowedMethods(List.of("GET", "HEAD", "OPTIONS"));
		openData.addAllowedHeader("*");
		openData.setMaxAge(3600L);
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/api/v1/**", openData);
		return source;
	}

	/**
	 * The signed-in sessions, so that a changed or disabled account is signed out at
	 * once: the sessions themselves, in the database (Spring Session JDBC), shared by
	 * every node. Each request with a session asks it whether the session was ended, and
	 * is answered from the session it read (CurrentSessionFirst).
	 */
	@Bean
	SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<? extends Session> sessions) {
		return new CurrentSessionFirst(registry(sessions));
	}

	private static <S extends Session> SessionRegistry registry(FindByIndexNameSessionRepository<S> sessions) {
		return new SpringSessionBackedSessionRegistry<>(sessions);
	}

	/**
	 * BCrypt for new passwords; hashes carry their algorithm id, so Argon2 or others can
	 * follow.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(
			org.springframework.context.ApplicationEventPublisher publisher) {
		return new DefaultAuthenticationEventPublisher(publisher);
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new ViewerArgumentResolver());
	}

}
