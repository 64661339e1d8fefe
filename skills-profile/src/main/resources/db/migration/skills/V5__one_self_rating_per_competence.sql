-- The skills map counts respondents from self-ratings, which needs exactly one self-rating item per competence.
create unique index assessment_item_one_self_rating
    on skills.assessment_item (instrument_id, competence_id) where kind = 'SELF_RATING';
