package eu.dhso.lab.resource;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Whether a resource is in the open library. The allowed transitions are listed here; the
 * column stays the boolean {@code published} other queries (the catalogue) read.
 */
public enum ResourceStatus {

	PUBLISHED, WITHDRAWN;

	private static final Map<ResourceStatus, Set<ResourceStatus>> ALLOWED = Map.of(PUBLISHED, EnumSet.of(WITHDRAWN),
			WITHDRAWN, EnumSet.of(PUBLISHED));

	public boolean canMoveTo(ResourceStatus target) {
		return ALLOWED.get(this).contains(target);
	}

	@Converter
	static class AsPublishedFlag implements AttributeConverter<ResourceStatus, Boolean> {

		@Override
		public Boolean convertToDatabaseColumn(ResourceStatus status) {
			return status == PUBLISHED;
		}

		@Override
		public ResourceStatus convertToEntityAttribute(Boolean published) {
			return Boolean.TRUE.equals(published) ? PUBLISHED : WITHDRAWN;
		}

	}

}
