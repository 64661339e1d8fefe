package eu.dhso.lab.trainer;

import java.util.List;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface TrainerTracks extends Repository<TrainerTrack, Long> {

	TrainerTrack save(TrainerTrack track);

	List<TrainerTrack> findByTrackSchemeIdOrderById(long trackSchemeId);

	List<TrainerTrack> findByQualifiedSchemeId(long qualifiedSchemeId);

	boolean existsByTrackSchemeIdAndQualifiedSchemeId(long trackSchemeId, long qualifiedSchemeId);

	@Modifying
	@Query("delete from TrainerTrack t where t.trackSchemeId = :track and t.qualifiedSchemeId = :qualified")
	int remove(long track, long qualified);

}
