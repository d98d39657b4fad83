//! The smallest Typst world: one embedded template, the model as `/data.json`,
//! the charts as SVG files, bundled fonts, and a fixed "today".

use std::collections::HashMap;
use std::sync::OnceLock;

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

use crate::ReportModel;

const TEMPLATE: &str = include_str!("report.typ");

static FONT_FILES: &[&[u8]] = &[
    include_bytes!("../fonts/DejaVuSans.ttf"),
    include_bytes!("../fonts/DejaVuSans-Bold.ttf"),
    include_bytes!("../fonts/DejaVuSans-Oblique.ttf"),
];

struct Shared {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

/// Fonts and the standard library, loaded once per process.
fn shared() -> &'static Shared {
    static SHARED: OnceLock<Shared> = OnceLock::new();
    SHARED.get_or_init(|| {
        let fonts: Vec<Font> = FONT_FILES
            .iter()
            .flat_map(|data| Font::iter(Bytes::new(*data)))
            .collect();
        Shared {
            library: LazyHash::new(Library::builder().build()),
            book: LazyHash::new(FontBook::from_fonts(&fonts)),
            fonts,
        }
    })
}

fn file_id(path: &str) -> Result<FileId, String> {
    let vpath = VirtualPath::new(path).map_err(|e| format!("{e:?}"))?;
    Ok(RootedPath::new(VirtualRoot::Project, vpath).intern())
}

pub(crate) struct ReportWorld {
    main: Source,
    files: HashMap<FileId, Bytes>,
    today: Option<Datetime>,
}

impl ReportWorld {
    pub(crate) fn new(model: &ReportModel) -> Result<Self, String> {
        let main_id = file_id("/report.typ")?;
        let mut files = HashMap::new();
        let json = serde_json::to_vec(model).map_err(|e| e.to_string())?;
        files.insert(file_id("/data.json")?, Bytes::new(json));
        for (name, svg) in [
            ("frequency", &model.charts.frequency),
            ("body", &model.charts.body),
            ("heatmap", &model.charts.heatmap),
            ("intensity", &model.charts.intensity),
            ("factors", &model.charts.factors),
            ("trial", &model.charts.trial),
        ] {
            files.insert(
                file_id(&format!("/{name}.svg"))?,
                Bytes::new(svg.clone().into_bytes()),
            );
        }
        let (y, m, d) = model.cover.generated_ymd;
        Ok(ReportWorld {
            main: Source::new(main_id, TEMPLATE.to_string()),
            files,
            today: Datetime::from_ymd(y, m, d),
        })
    }
}

impl World for ReportWorld {
    fn library(&self) -> &LazyHash<Library> {
        &shared().library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &shared().book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        self.files.get(&id).cloned().ok_or(FileError::AccessDenied)
    }

    fn font(&self, index: usize) -> Option<Font> {
        shared().fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        self.today
    }
}
