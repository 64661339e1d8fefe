package eu.dhso.bench;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import javax.sql.DataSource;

import eu.dhso.core.security.AccessRules;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import net.ttddyy.dsproxy.QueryCount;
import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What the benchmark adds to the application, only under the {@code bench} profile: the
 * baseline page, and a count of SQL statements per benchmarked page.
 */
@Configuration(proxyBeanMethods = false)
@Profile("bench")
class BenchConfiguration {

	static final String PAGE_HEADER = "X-Bench-Page";

	static final String COUNTED = "bench";

	@Bean
	AccessRules benchAccess() {
		return (rules) -> rules.requestMatchers(HttpMethod.GET, "/bench/baseline").permitAll();
	}

	@Bean
	StatementCounts statementCounts() {
		return new StatementCounts();
	}

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource && beanName.equals("dataSource")) {
					return ProxyDataSourceBuilder.create(dataSource).name(COUNTED).countQuery().build();
				}
				return bean;
			}

		};
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> statementCountFilter(StatementCounts counts) {
		OncePerRequestFilter filter = new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				QueryCountHolder.clear();
				try {
					chain.doFilter(request, response);
				}
				finally {
					String page = request.getHeader(PAGE_HEADER);
					if (page != null) {
						// a page that ran no statement on this thread has no count at all
						QueryCount count = QueryCountHolder.get(COUNTED);
						counts.add(page, (count != null) ? count.getTotal() : 0);
					}
					QueryCountHolder.clear();
				}
			}

		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/** Statements per benchmarked page, summed over its requests. */
	static class StatementCounts {

		final Map<String, LongAdder> statements = new ConcurrentHashMap<>();

		final Map<String, LongAdder> requests = new ConcurrentHashMap<>();

		void add(String page, long count) {
			this.statements.computeIfAbsent(page, (p) -> new LongAdder()).add(count);
			this.requests.computeIfAbsent(page, (p) -> new LongAdder()).increment();
		}

		void clear() {
			this.statements.clear();
			this.requests.clear();
		}

		double perRequest(String page) {
			LongAdder n = this.requests.get(page);
			return (n == null || n.sum() == 0) ? 0 : (double) this.statements.get(page).sum() / n.sum();
		}

	}

	/** A Fortunes-style page: one query, one template, nothing else. */
	@Controller
	@Profile("bench")
	static class BaselineController {

		private final JdbcTemplate jdbc;

		BaselineController(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		@GetMapping("/bench/baseline")
		String baseline(Model model) {
			model.addAttribute("countries",
					this.jdbc.queryForList("select code, eu_member from core.country order by sort_order"));
			return "bench/baseline";
		}

	}

}
