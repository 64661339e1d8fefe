package eu.dhso.guidelines.network;

/** A decision the member's current state does not allow, e.g. approving it twice. */
public class IllegalMemberTransitionException extends IllegalStateException {

	IllegalMemberTransitionException(MemberStatus from, MemberStatus to) {
		super("A network member cannot move from " + from + " to " + to);
	}

	IllegalMemberTransitionException(String message) {
		super(message);
	}

}
