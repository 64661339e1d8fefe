package eu.dhso.core.config;

import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;

class BoundedCacheTests {

	@Test
	void everyBoundedCacheIsMeasuredAsItHoldsNow() {
		AtomicLong searches = new AtomicLong(2_048);
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("searches", new Fixed("library-searches", searches));
		beans.addBean("fragments", new Fixed("rendered-fragments", new AtomicLong(512)));
		MeterRegistry registry = new SimpleMeterRegistry();
		new BoundedCache.Measured().boundedCaches(beans.getBeanProvider(BoundedCache.class)).bindTo(registry);
		assertThat(registry.get("dhso.cache.bytes").tag("cache", "library-searches").gauge().value()).isEqualTo(2_048);
		assertThat(registry.get("dhso.cache.bytes").tag("cache", "rendered-fragments").gauge().value()).isEqualTo(512);
		searches.set(4_096);
		assertThat(registry.get("dhso.cache.bytes").tag("cache", "library-searches").gauge().value()).isEqualTo(4_096);
	}

	private record Fixed(String cacheName, AtomicLong bytes) implements BoundedCache {

		@Override
		public long cachedBytes() {
			return this.bytes.get();
		}

	}

}
