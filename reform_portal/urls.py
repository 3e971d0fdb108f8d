from django.contrib import admin
from django.urls import path

admin.site.site_header = admin.site.site_title = "UNIDO field-network reform"

urlpatterns = [
    path("admin/", admin.site.urls),
]
