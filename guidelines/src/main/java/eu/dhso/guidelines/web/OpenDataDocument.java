package eu.dhso.guidelines.web;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.dhso.core.web.PublicUrl;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3.1 document of the open-data API as independent clients need it: a real
 * title, version and licence, public access declared ({@code security: []}), every field
 * of every record required and typed {@code null} where it can be null (from the records'
 * {@link Nullable} components), and every operation's client errors as RFC 9457 problem
 * details.
 */
@Configuration(proxyBeanMethods = false)
class OpenDataDocument {

	static final String JSON_TAG = "open-data";

	static final String CSV_TAG = "open-data-csv";

	/** The version of the API's contract, not of the application. */
	static final String API_VERSION = "1.2.0";

	private static final String PROBLEM = "Problem";

	/** The records the API returns, by the schema name springdoc gives them. */
	private static final List<Class<?>> RECORDS = List.of(OpenDataItems.ApiIndex.class, OpenDataItems.CaseItem.class,
			OpenDataItems.CaseTrainingItem.class, OpenDataItems.FrameworkItem.class, OpenDataItems.AreaItem.class,
			OpenDataItems.CompetenceItem.class, OpenDataItems.RoleProfileItem.class, OpenDataItems.SkillsMapCell.class,
			OpenDataItems.IndicatorItem.class, OpenDataItems.ReportItem.class, OpenDatasets.CurrentItem.class,
			OpenDatasets.GuidelineVersionItem.class, OpenDatasets.DatasetItem.class, OpenDatasets.CitationItem.class,
			OpenDatasets.PilotItem.class, OpenAnalyses.CompetenceSummary.class, OpenAnalyses.TrailItem.class,
			OpenAnalyses.TrailCase.class, OpenAnalyses.CountItem.class, OpenAnalyses.LevelItem.class,
			OpenAnalyses.TrainingItem.class, OpenAnalyses.RecommendationItem.class, OpenAnalyses.DemandSupplyItem.class,
			OpenAnalyses.WorkshopSourceItem.class, OpenAnalyses.CalibrationItem.class);

	@Bean
	OpenAPI openDataApi(PublicUrl publicUrl) {
		return new OpenAPI()
			.info(new Info().title("Digital Health Skills Observatory open data")
				.version(API_VERSION)
				.summary("Published cases, framework, competence trails, role profiles, released skills map, "
						+ "demand vs supply, calibration, indicators, pilot evaluations, guidelines and reports")
				.description("Read-only, paginated open data of the observatory. Person-based figures are released "
						+ "by one disclosure-control policy: groups under the minimum size are suppressed. "
						+ "Errors are RFC 9457 problem details.")
				.license(new License().name(OpenDataController.LICENCE)
					.identifier("CC-BY-4.0")
					.url(OpenDataController.LICENCE_URL))
				.contact(new Contact().name("Digital Health Skills Observatory").url(publicUrl.base())))
			.servers(List.of(new Server().url(publicUrl.base()).description("The observatory")))
			.security(new ArrayList<>())
			.tags(List.of(new Tag().name(JSON_TAG).description("Open data as JSON, page by page"),
					new Tag().name(CSV_TAG).description("Open data as strict RFC 4180 CSV, with method notes")));
	}

	@Bean
	OpenApiCustomizer openDataSchemas() {
		return (api) -> {
			Components components = api.getComponents();
			components.addSchemas(PROBLEM, problemSchema());
			Map<String, Schema> schemas = components.getSchemas();
			for (Map.Entry<String, Schema> entry : schemas.entrySet()) {
				Class<?> type = recordFor(entry.getKey());
				if (type != null) {
					describe(entry.getValue(), type);
				}
			}
			api.getPaths().values().forEach((path) -> path.readOperations().forEach(OpenDataDocument::clientErrors));
		};
	}

	private static Class<?> recordFor(String schemaName) {
		for (Class<?> type : RECORDS) {
			if (type.getSimpleName().equals(schemaName)) {
				return type;
			}
		}
		if (schemaName.startsWith("MethodPage")) {
			return OpenDataItems.MethodPage.class;
		}
		if (schemaName.startsWith("Page")) {
			return OpenDataItems.Page.class;
		}
		return null;
	}

	/**
	 * Every component is always written (Jackson writes nulls), so each is required; a
	 * {@link Nullable} one also admits {@code null}.
	 */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void describe(Schema schema, Class<?> type) {
		Map<String, Schema> properties = schema.getProperties();
		List<String> required = new ArrayList<>();
		for (RecordComponent component : type.getRecordComponents()) {
			Schema property = (properties != null) ? properties.get(component.getName()) : null;
			if (property == null) {
				continue;
			}
			required.add(component.getName());
			if (component.getAnnotatedType().isAnnotationPresent(Nullable.class)
					|| component.isAnnotationPresent(Nullable.class)) {
				Set<String> types = new LinkedHashSet<>(
						(property.getTypes() != null) ? property.getTypes() : Set.of(property.getType()));
				types.add("null");
				property.setTypes(types);
			}
		}
		schema.setRequired(required);
	}

	private static void clientErrors(Operation operation) {
		Content problem = new Content().addMediaType("application/problem+json",
				new MediaType().schema(new JsonSchema().$ref("#/components/schemas/" + PROBLEM)));
		if (operation.getParameters() != null && !operation.getParameters().isEmpty()) {
			operation.getResponses()
				.addApiResponse("400",
						new ApiResponse().description("A parameter is out of range or malformed").content(problem));
		}
		if (operation.getParameters() != null
				&& operation.getParameters().stream().anyMatch((p) -> "path".equals(p.getIn()))) {
			operation.getResponses()
				.addApiResponse("404",
						new ApiResponse().description("Nothing is published at this address").content(problem));
		}
		operation.getResponses()
			.addApiResponse("406",
					new ApiResponse().description("The Accept header admits none of this operation's media types")
						.content(problem));
	}

	/** RFC 9457 problem details, as Spring's {@code ProblemDetail} writes them. */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Schema problemSchema() {
		Schema schema = new JsonSchema().types(Set.of("object"))
			.description("RFC 9457 problem details")
			.addProperty("type", new JsonSchema().types(Set.of("string")).format("uri-reference"))
			.addProperty("title", new JsonSchema().types(Set.of("string")))
			.addProperty("status", new JsonSchema().types(Set.of("integer")))
			.addProperty("detail", new JsonSchema().types(new LinkedHashSet<>(List.of("string", "null"))))
			.addProperty("instance",
					new JsonSchema().types(new LinkedHashSet<>(List.of("string", "null"))).format("uri-reference"));
		// Spring leaves out "type" while it is about:blank
		schema.setRequired(List.of("title", "status"));
		return schema;
	}

}
