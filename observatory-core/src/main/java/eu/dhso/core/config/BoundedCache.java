package eu.dhso.core.config;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A cache bounded by the memory it holds, with its own estimate of that memory: the heap
 * such caches hold grows until their bounds, and a leak does not stop there. Each is
 * measured as {@code dhso.cache.bytes}, tagged with its name.
 */
public interface BoundedCache {

	/** The cache's name in the measurements. */
	String cacheName();

	/** About how many bytes of the heap the cache holds now. */
	long cachedBytes();

	/** The gauges of every bounded cache. */
	@Configuration(proxyBeanMethods = false)
	class Measured {

		@Bean
		MeterBinder boundedCaches(ObjectProvider<BoundedCache> caches) {
			return (registry) -> caches.orderedStream()
				.forEach((cache) -> Gauge.builder("dhso.cache.bytes", cache, BoundedCache::cachedBytes)
					.tag("cache", cache.cacheName())
					.baseUnit("bytes")
					.description("Heap a bounded cache holds, by its own estimate")
					.register(registry));
		}

	}

}
