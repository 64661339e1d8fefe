package eu.dhso.web;

import java.util.Comparator;
import java.util.List;

import eu.dhso.core.ObservatoryArea;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** What the observatory is, and its four areas with live figures. */
@Controller
class HomeController {

	private final List<ObservatoryArea> areas;

	HomeController(List<ObservatoryArea> areas) {
		this.areas = areas.stream().sorted(Comparator.comparingInt(ObservatoryArea::order)).toList();
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("areas", this.areas.stream().map(AreaTile::of).toList());
		return "web/home";
	}

	record AreaTile(String messageKey, String path, List<ObservatoryArea.Figure> figures) {

		static AreaTile of(ObservatoryArea area) {
			return new AreaTile(area.messageKey(), area.path(), area.figures());
		}

	}

}
