//! A typo in a year never lands: a record dated before 1900 or more than a year ahead is
//! refused in words wherever a date is entered (appointments, medication changes,
//! check-ins, quiet days) and in an imported file.

mod common;

use common::clock;
use twinge_app::{CheckinDto, FileFormat, Journal, MedChange, MedicationChangeInput};

#[test]
fn dates_before_1900_or_more_than_a_year_ahead_are_refused_everywhere() {
    let mut j = Journal::in_memory(clock()).unwrap();
    for date in ["0011-12-12", "1899-12-31", "2028-01-01"] {
        let appointment = j
            .add_appointment(&common::appointment(date, ""))
            .unwrap_err();
        assert_eq!(appointment.code, "date_out_of_range", "{date}");
        assert!(
            appointment.message.contains("check the year"),
            "{}",
            appointment.message
        );
        let medication = j
            .add_medication_change(&MedicationChangeInput {
                date: date.into(),
                name: "Magnesium".into(),
                dose: String::new(),
                change: MedChange::Started,
                note: String::new(),
            })
            .unwrap_err();
        assert_eq!(medication.code, "date_out_of_range");
        assert_eq!(
            j.mark_quiet_day(date).unwrap_err().code,
            "date_out_of_range"
        );
    }
    let checkin = j
        .save_checkin(&CheckinDto {
            date: "1850-05-01".into(),
            factors: vec![],
            stiffness: None,
            sleep_broken: None,
        })
        .unwrap_err();
    assert_eq!(checkin.code, "date_out_of_range");
    // Within the range, an appointment up to a year ahead is fine.
    j.add_appointment(&common::appointment("2027-06-01", "neurology"))
        .unwrap();
    // An import carrying such a date is refused whole, in words.
    let mut file: serde_json::Value =
        serde_json::from_slice(&j.export_bytes(FileFormat::Json).unwrap()).unwrap();
    file["appointments"][0]["date"] = "0011-12-12".into();
    let mut other = Journal::in_memory(clock()).unwrap();
    let summary = other
        .import(&serde_json::to_vec(&file).unwrap(), FileFormat::Json)
        .unwrap();
    assert!(!summary.written);
    assert!(
        summary.problems[0].message.contains("0011-12-12"),
        "{:?}",
        summary.problems
    );
    assert!(other.appointments().unwrap().is_empty());
}
