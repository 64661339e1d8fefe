package eu.dhso.lab.expert;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.audit.AuditLog;
import eu.dhso.core.directory.People;
import eu.dhso.core.directory.Person;
import eu.dhso.core.taxonomy.Taxonomy;
import eu.dhso.lab.scheme.CompetenceTitles;
import eu.dhso.lab.trainer.TrainerQualification;
import eu.dhso.lab.trainer.TrainerQualification.SchemeRef;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory of training experts and certified trainers: anyone signed in may publish
 * a profile with consent to be listed; the schemes a trainer is certified for appear by
 * themselves. Members of an organisation ask a listed expert to follow up; only the two
 * parties see the request and its answer.
 */
@Component
@Transactional
public class ExpertDirectory {

	public static final int PAGE_SIZE = 10;

	static final int MAX_PAGE = 100_000;

	/** Open requests one person may have waiting at once, so nobody floods experts. */
	static final int MAX_OPEN_REQUESTS = 5;

	private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

	private final ExpertProfiles profiles;

	private final FollowUpRequests requests;

	private final TrainerQualification qualification;

	private final CompetenceTitles competences;

	private final Taxonomy taxonomy;

	private final People people;

	private final ExpertLetters letters;

	private final AuditLog audit;

	private final Clock clock;

	ExpertDirectory(ExpertProfiles profiles, FollowUpRequests requests, TrainerQualification qualification,
			CompetenceTitles competences, Taxonomy taxonomy, People people, ExpertLetters letters, AuditLog audit,
			Optional<Clock> clock) {
		this.profiles = profiles;
		this.requests = requests;
		this.qualification = qualification;
		this.competences = competences;
		this.taxonomy = taxonomy;
		this.people = people;
		this.letters = letters;
		this.audit = audit;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	// ---------------------------------------------------------------- the directory

	/** One page of listed experts matching the filters (blank: any). */
	@Transactional(readOnly = true)
	public ExpertPage search(String language, String country, String competence, Long schemeId, int page) {
		long scheme = (schemeId != null) ? schemeId : 0L;
		// bounded, so the offset never overflows; past the end gives the last page below
		int wanted = Math.min(Math.max(0, page), MAX_PAGE);
		Page<ExpertProfile> found = this.profiles.listed(code(language), code(country), code(competence), scheme,
				PageRequest.of(wanted, PAGE_SIZE));
		if (found.getContent().isEmpty() && found.getTotalPages() > 0 && wanted >= found.getTotalPages()) {
			// past the end: the last page, so no link points further
			found = this.profiles.listed(code(language), code(country), code(competence), scheme,
					PageRequest.of(found.getTotalPages() - 1, PAGE_SIZE));
		}
		Map<Long, List<SchemeRef>> schemes = this.qualification
			.certifiedSchemes(found.getContent().stream().map(ExpertProfile::getAccountId).toList());
		return new ExpertPage(found.getContent()
			.stream()
			.map((p) -> view(p, schemes.getOrDefault(p.getAccountId(), List.of())))
			.toList(), found.getNumber(), found.getTotalPages(), found.getTotalElements());
	}

	/** A listed profile; an unlisted or unknown one does not exist for anyone. */
	@Transactional(readOnly = true)
	public ExpertView listed(long profileId) {
		ExpertProfile profile = listedProfile(profileId);
		return view(profile, this.qualification.certifiedSchemes(List.of(profile.getAccountId()))
			.getOrDefault(profile.getAccountId(), List.of()));
	}

	/** The person's own profile, listed or not. */
	@Transactional(readOnly = true)
	public Optional<ExpertView> own(ObservatoryUser person) {
		return this.profiles.findByAccountId(person.getAccountId())
			.map((p) -> view(p, this.qualification.certifiedSchemes(List.of(p.getAccountId()))
				.getOrDefault(p.getAccountId(), List.of())));
	}

	/** The person's certified schemes, shown while they write their profile. */
	@Transactional(readOnly = true)
	public List<SchemeRef> certifiedSchemes(ObservatoryUser person) {
		return this.qualification.certifiedSchemes(List.of(person.getAccountId()))
			.getOrDefault(person.getAccountId(), List.of());
	}

	/**
	 * Creates or changes the person's own profile; listed only with consent, and unlisted
	 * at once without it.
	 */
	public long saveOwn(ObservatoryUser person, ProfileFields fields, boolean consent) {
		if (fields.languages().stream().anyMatch((l) -> !ISO_LANGUAGES.contains(l))
				|| fields.countries().stream().anyMatch((c) -> !this.taxonomy.isCountry(c))
				|| fields.competences().stream().anyMatch((c) -> !this.competences.exists(c))) {
			throw new ExpertRejectedException("lab.expert.error.codes");
		}
		ExpertProfile profile = this.profiles.findByAccountId(person.getAccountId())
			.orElseGet(() -> new ExpertProfile(person.getAccountId(), person.getDisplayName()));
		boolean wasListed = profile.isListed();
		profile.describe(person.getDisplayName(), fields, consent, now());
		profile = this.profiles.save(profile);
		if (wasListed != consent) {
			this.audit.record(person.getUsername(), consent ? "lab.expert.list" : "lab.expert.unlist", "ExpertProfile",
					profile.getId(), "SUCCESS", null);
		}
		return profile.getId();
	}

	/** Consent withdrawn: the profile leaves the directory at once. */
	public void withdraw(ObservatoryUser person) {
		this.profiles.findByAccountId(person.getAccountId()).filter(ExpertProfile::isListed).ifPresent((p) -> {
			p.withdraw(now());
			this.audit.record(person.getUsername(), "lab.expert.unlist", "ExpertProfile", p.getId(), "SUCCESS", null);
		});
	}

	// ---------------------------------------------------------------- follow-up requests

	/** Whether this person may ask experts to follow up: a member of an organisation. */
	public static boolean mayRequest(ObservatoryUser person) {
		return person != null && person.getOrganisationId() != null;
	}

	/**
	 * A member of an organisation asks a listed expert to follow up. One open request per
	 * expert and a few in all, so nobody floods the directory.
	 */
	public long request(ObservatoryUser requester, long profileId, String subject, String message) {
		ExpertProfile expert = listedProfile(profileId);
		if (!mayRequest(requester)) {
			throw new ExpertRejectedException("lab.request.error.organisation");
		}
		if (expert.getAccountId() == requester.getAccountId()) {
			throw new ExpertRejectedException("lab.request.error.self");
		}
		if (this.requests.existsByRequesterAccountIdAndProfileIdAndStatus(requester.getAccountId(), profileId,
				RequestStatus.OPEN)) {
			throw new ExpertRejectedException("lab.request.error.pending");
		}
		if (this.requests.countByRequesterAccountIdAndStatus(requester.getAccountId(),
				RequestStatus.OPEN) >= MAX_OPEN_REQUESTS) {
			throw new ExpertRejectedException("lab.request.error.tooMany");
		}
		String organisation = this.people.byId(requester.getAccountId())
			.map(Person::organisationName)
			.filter((n) -> n != null && !n.isBlank())
			.orElseThrow(() -> new ExpertRejectedException("lab.request.error.organisation"));
		FollowUpRequest request = this.requests.save(new FollowUpRequest(expert, requester.getAccountId(),
				requester.getDisplayName(), organisation, subject, message, now()));
		this.letters.requested(request);
		this.audit.record(requester.getUsername(), "lab.expert.request", "FollowUpRequest", request.getId(), "SUCCESS",
				"expert=" + profileId);
		return request.getId();
	}

	/** A request, for its two parties only; anyone else is told it does not exist. */
	@Transactional(readOnly = true)
	public RequestView request(ObservatoryUser person, long requestId) {
		FollowUpRequest request = party(person, requestId);
		return view(request, person);
	}

	/** The requests a person received as an expert and those they sent, newest first. */
	@Transactional(readOnly = true)
	public Requests requestsOf(ObservatoryUser person) {
		return new Requests(
				this.requests.findTop50ByExpertAccountIdOrderBySentAtDesc(person.getAccountId())
					.stream()
					.map((r) -> view(r, person))
					.toList(),
				this.requests.findTop50ByRequesterAccountIdOrderBySentAtDesc(person.getAccountId())
					.stream()
					.map((r) -> view(r, person))
					.toList());
	}

	/** The expert, and only they, accepts or declines once, with a message. */
	public void answer(ObservatoryUser expert, long requestId, boolean accept, String message) {
		FollowUpRequest request = party(expert, requestId);
		if (request.getExpertAccountId() != expert.getAccountId()) {
			throw new ExpertNotFoundException(requestId);
		}
		request.answer(accept, message, now());
		this.letters.answered(request, expert.getDisplayName());
		this.audit.record(expert.getUsername(), "lab.expert.answer", "FollowUpRequest", requestId, "SUCCESS",
				accept ? "accepted" : "declined");
	}

	private FollowUpRequest party(ObservatoryUser person, long requestId) {
		return this.requests.findById(requestId)
			.filter((r) -> person != null && r.isParty(person.getAccountId()))
			.orElseThrow(() -> new ExpertNotFoundException(requestId));
	}

	private ExpertProfile listedProfile(long profileId) {
		return this.profiles.findById(profileId)
			.filter(ExpertProfile::isListed)
			.orElseThrow(() -> new ExpertNotFoundException(profileId));
	}

	private RequestView view(FollowUpRequest r, ObservatoryUser person) {
		String expertName = this.profiles.findById(r.getProfileId()).map(ExpertProfile::getDisplayName).orElse("");
		return new RequestView(r.getId(), r.getProfileId(), expertName, r.getRequesterName(), r.getOrganisationName(),
				r.getSubject(), r.getMessage(), r.getStatus(), r.getAnswer(), r.getSentAt(), r.getAnsweredAt(),
				r.getExpertAccountId() == person.getAccountId());
	}

	private static ExpertView view(ExpertProfile p, List<SchemeRef> schemes) {
		return new ExpertView(p.getId(), p.getDisplayName(), p.getBio(), p.getAvailability(), p.getLanguages(),
				p.getCountries(), p.getCompetences(), schemes, p.isListed(), p.getVersion());
	}

	private static String code(String value) {
		return (value == null) ? "" : value.strip();
	}

	private Instant now() {
		return this.clock.instant();
	}

	public record ExpertView(long id, String displayName, String bio, String availability, List<String> languages,
			List<String> countries, List<String> competences, List<SchemeRef> schemes, boolean listed, long version) {
	}

	/** Named as the layout's pager reads a page. */
	public record ExpertPage(List<ExpertView> items, int number, int totalPages, long totalElements) {

		public boolean hasPrevious() {
			return this.number > 0;
		}

		public boolean hasNext() {
			return this.number + 1 < this.totalPages;
		}

	}

	public record RequestView(long id, long profileId, String expertName, String requesterName, String organisationName,
			String subject, String message, RequestStatus status, String answer, Instant sentAt, Instant answeredAt,
			boolean toMe) {

		public boolean open() {
			return this.status == RequestStatus.OPEN;
		}

	}

	public record Requests(List<RequestView> received, List<RequestView> sent) {
	}

}
