from django.urls import path

from interchange import views as data_views

app_name = "interchange"

urlpatterns = [
    path("search/export.csv", data_views.export_csv, name="data_export_csv"),
    path("search/export-semicolon.csv", data_views.export_csv_semicolon, name="data_export_csv_semicolon"),
    path("search/export.jsonl", data_views.export_jsonl, name="data_export_jsonl"),
    path("search/export.xlsx", data_views.export_xlsx, name="data_export_xlsx"),
    path("import/", data_views.import_page, name="data_import"),
    path("import/<int:pk>/", data_views.import_job, name="data_import_job"),
    path("jobs/", data_views.job_list, name="jobs"),
]
