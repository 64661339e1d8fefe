package eu.dhso.cases.library;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The facet values behind the integer codes library entries carry (migration V12). Codes
 * are only ever added, never changed, so the list read once stays right on every node; it
 * is read again only for a code it does not hold yet.
 */
@Component
class FacetCodes {

	private final JdbcClient jdbc;

	private final Map<Integer, Value> values = new ConcurrentHashMap<>();

	FacetCodes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Value value(int code) {
		Value value = this.values.get(code);
		if (value == null) {
			this.jdbc.sql("select code, facet, value from cases.library_facet_code").query((rs) -> {
				this.values.putIfAbsent(rs.getInt(1), new Value(rs.getString(2), rs.getString(3)));
			});
			value = this.values.get(code);
			if (value == null) {
				throw new IllegalStateException("Unknown library facet code " + code);
			}
		}
		return value;
	}

	record Value(String facet, String value) {
	}

}
