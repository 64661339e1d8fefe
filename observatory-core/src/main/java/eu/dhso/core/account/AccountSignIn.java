package eu.dhso.core.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds the account a person signs in with, for Spring Security's password check. */
@Service
class AccountSignIn implements UserDetailsService {

	private final UserAccounts accounts;

	AccountSignIn(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return this.accounts.findByUsernameIgnoreCase(username)
			.map(ObservatoryUser::new)
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
	}

}
