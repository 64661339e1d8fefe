package eu.dhso.core.mail;

import eu.dhso.core.web.Paging;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The outbox for administrators: with the embedded default no mail host is set, and this
 * is where the messages can be read.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class OutboxController {

	static final int PAGE_SIZE = 50;

	private final OutboxMessages messages;

	private final OutboxDelivery delivery;

	OutboxController(OutboxMessages messages, OutboxDelivery delivery) {
		this.messages = messages;
		this.delivery = delivery;
	}

	@GetMapping("/admin/outbox")
	@Transactional(readOnly = true)
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		Page<OutboxEntry> entries = this.messages
			.findAllByOrderByCreatedAtDescIdDesc(new Paging(page, PAGE_SIZE).pageRequest())
			.map(OutboxMessage::toEntry);
		model.addAttribute("entries", entries);
		model.addAttribute("delivers", this.delivery.delivers());
		return "core/admin/outbox";
	}

	@GetMapping("/admin/outbox/{id}")
	@Transactional(readOnly = true)
	String show(@PathVariable long id, Model model) {
		model.addAttribute("message",
				this.messages.findById(id)
					.map(OutboxMessage::toEntry)
					.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		model.addAttribute("delivers", this.delivery.delivers());
		return "core/admin/outbox-message";
	}

}
