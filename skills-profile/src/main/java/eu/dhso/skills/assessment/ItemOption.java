package eu.dhso.skills.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One answer of a knowledge item. */
@Embeddable
public class ItemOption {

	@Column(name = "position")
	private int position;

	@Column(name = "text")
	private String text;

	@Column(name = "correct")
	private boolean correct;

	protected ItemOption() {
	}

	public ItemOption(int position, String text, boolean correct) {
		this.position = position;
		this.text = text;
		this.correct = correct;
	}

	public int getPosition() {
		return this.position;
	}

	public String getText() {
		return this.text;
	}

	public boolean isCorrect() {
		return this.correct;
	}

}
