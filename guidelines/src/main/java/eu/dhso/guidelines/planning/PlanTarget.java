package eu.dhso.guidelines.planning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How many people of one profession the plan means to train. */
@Entity
@Table(schema = "guidelines", name = "plan_target")
class PlanTarget {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "profession_code")
	private String professionCode;

	private int people;

	protected PlanTarget() {
	}

	PlanTarget(String professionCode, int people) {
		this.professionCode = professionCode;
		this.people = people;
	}

	String getProfessionCode() {
		return this.professionCode;
	}

	void setPeople(int people) {
		this.people = people;
	}

	TrainingPlan.Target view() {
		return new TrainingPlan.Target(this.professionCode, this.people);
	}

}
