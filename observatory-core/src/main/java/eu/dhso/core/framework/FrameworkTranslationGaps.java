package eu.dhso.core.framework;

import java.util.ArrayList;
import java.util.List;

import eu.dhso.core.framework.CompetenceFramework.AreaView;
import eu.dhso.core.framework.CompetenceFramework.CompetenceView;
import eu.dhso.core.framework.CompetenceFramework.FrameworkView;
import eu.dhso.core.framework.CompetenceFramework.VersionSummary;
import eu.dhso.core.translation.TranslatableContent;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the framework lacks in a language: the latest published version, which readers
 * see, and every draft, which should be translated before it is published.
 */
@Component
@Order(1)
@Transactional(readOnly = true)
class FrameworkTranslationGaps implements TranslatableContent {

	private final CompetenceFramework framework;

	FrameworkTranslationGaps(CompetenceFramework framework) {
		this.framework = framework;
	}

	@Override
	public List<MissingTranslation> missing(String language) {
		Long latest = this.framework.latestPublished().map(FrameworkView::id).orElse(null);
		List<MissingTranslation> missing = new ArrayList<>();
		for (VersionSummary summary : this.framework.versions()) {
			if (!summary.id().equals(latest) && summary.published()) {
				continue;
			}
			FrameworkView view = this.framework.version(summary.id(), language).orElseThrow();
			for (AreaView area : view.areas()) {
				if (!area.english().isEmpty()) {
					missing.add(new MissingTranslation("translation.group.areas",
							summary.label() + " · " + area.code() + " " + area.title(), area.english().size(), 2,
							"/admin/framework/areas/" + area.id() + "/translations?to=" + language));
				}
				for (CompetenceView c : area.competences()) {
					if (!c.english().isEmpty()) {
						missing.add(new MissingTranslation("translation.group.competences",
								summary.label() + " · " + c.code() + " " + c.title(), c.english().size(),
								2 + c.levels().size(),
								"/admin/framework/competences/" + c.id() + "/translations?to=" + language));
					}
				}
			}
		}
		return missing;
	}

}
