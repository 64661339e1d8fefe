package eu.dhso.core.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ObservatoryUserDetailsService implements UserDetailsService {

	private final UserAccounts accounts;

	ObservatoryUserDetailsService(UserAccounts accounts) {
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
